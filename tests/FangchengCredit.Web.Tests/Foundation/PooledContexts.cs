using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Foundation;

/// <summary>Contexts are pooled: a context back from the pool keeps nothing of the request that used it last.</summary>
public sealed class PooledContexts(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheNextScopeGetsTheSameContextWithoutTheLastActorOrBulkScope()
    {
        AppDbContext first;
        using (var scope = factory.Services.CreateScope())
        {
            first = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            first.ActingFor(new NamedActor("上一个请求的用户"), TimeProvider.System);
            first.UseBulkInserts(); // left open on purpose, as a faulty caller would
            Assert.True(first.BulkInsertsEnabled);
        }

        // The pool hands contexts out first in, first out: lease until the first one comes back (the scopes stay open meanwhile).
        var scopes = new List<IServiceScope>();
        try
        {
            AppDbContext? second = null;
            for (var i = 0; i < 200 && second is null; i++)
            {
                var scope = factory.Services.CreateScope();
                scopes.Add(scope);
                var leased = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                if (ReferenceEquals(leased, first)) second = leased;
            }
            Assert.NotNull(second);
            Assert.False(second.BulkInsertsEnabled);

            var industry = await second.Industries.OrderBy(i => i.Id).FirstAsync();
            industry.Rename(industry.Name + "（池）");
            await second.SaveChangesAsync();
            var entry = await second.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).FirstAsync();
            Assert.Equal(SystemAuditActor.Instance.UserName, entry.UserName);
        }
        finally
        {
            foreach (var scope in scopes) scope.Dispose();
        }
    }

    private sealed class NamedActor(string name) : IAuditActor
    {
        public string? UserId => "pool-test";

        public string? UserName => name;
    }
}
