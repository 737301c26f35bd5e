using System.Security.Cryptography;
using FangchengCredit.Data;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Web.Features.Records;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Where evidence files are kept; relative paths are under the content root. Default: the data folder's "evidence".</summary>
    public string? EvidenceDirectory { get; set; }
}

/// <summary>A checked file, written to the evidence folder under a random name.</summary>
public sealed record StoredEvidenceFile(EvidenceFileType Type, string StoredName, string Sha256, long SizeBytes);

/// <summary>
/// Keeps evidence files outside the web root (so nothing is ever served without the access check) under random names
/// (so the uploader's name is never a path).
/// </summary>
public sealed class EvidenceStore
{
    private readonly string _directory;

    public EvidenceStore(IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.EvidenceDirectory;
        var dataDirectory = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.DataDirectory ?? "data";
        var directory = string.IsNullOrWhiteSpace(configured) ? Path.Combine(dataDirectory, "evidence") : configured;
        _directory = Path.GetFullPath(Path.IsPathRooted(directory) ? directory : Path.Combine(environment.ContentRootPath, directory));
    }

    public string Directory => _directory;

    /// <summary>Checks the upload (size, extension, first bytes) and stores it; throws DomainException with the reason.</summary>
    public async Task<StoredEvidenceFile> SaveAsync(IFormFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        // Refuse by the announced length first, so a huge upload is never read.
        EvidenceFiles.CheckNameAndSize(file.FileName, file.Length);

        using var buffer = new MemoryStream((int)file.Length);
        await using (var upload = file.OpenReadStream())
            await upload.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var type = EvidenceFiles.Check(file.FileName, bytes.Length, bytes.Span[..Math.Min(bytes.Length, EvidenceFiles.SignatureLength)]);

        System.IO.Directory.CreateDirectory(_directory);
        var storedName = Guid.NewGuid().ToString("N") + type.Extension();
        var path = Path.Combine(_directory, storedName);
        var temporary = path + ".part";
        await File.WriteAllBytesAsync(temporary, bytes.ToArray(), cancellationToken);
        File.Move(temporary, path);
        return new StoredEvidenceFile(type, storedName, Convert.ToHexStringLower(SHA256.HashData(bytes.Span)), bytes.Length);
    }

    /// <summary>The file for a stored name, or null if it is missing; never leaves the evidence folder.</summary>
    public string? PathOf(string storedName)
    {
        if (string.IsNullOrEmpty(storedName) || storedName != Path.GetFileName(storedName)) return null;
        var path = Path.Combine(_directory, storedName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Removes a file written for a save that then failed, so no orphan stays behind.</summary>
    public void Discard(string storedName)
    {
        if (PathOf(storedName) is { } path) File.Delete(path);
    }
}
