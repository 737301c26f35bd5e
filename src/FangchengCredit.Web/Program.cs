using FangchengCredit.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging();
builder.Services.AddPortal(builder.Configuration, builder.Environment);

var app = builder.Build();

if (CreateAdminCommand.IsRequested(args))
    return await CreateAdminCommand.RunAsync(app, args);

await app.InitialiseDatabaseAsync();
app.UsePortal();
await app.RunAsync();
return 0;
