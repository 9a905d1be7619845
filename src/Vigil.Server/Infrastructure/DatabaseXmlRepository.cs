using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Infrastructure;

/// <summary>
/// Keeps data-protection keys in the database so that every server instance can read cookies and antiforgery
/// tokens issued by any other, and keys survive a restart or a move to a new machine.
/// </summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = SystemContext(scope);
        return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = scopes.CreateScope();
        var db = SystemContext(scope);
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        // The data-protection API is synchronous; this runs rarely (key creation every 90 days).
        db.SaveChangesAsync().GetAwaiter().GetResult();
    }

    private static VigilDbContext SystemContext(IServiceScope scope)
    {
        var access = scope.ServiceProvider.GetRequiredService<AccessContext>();
        access.Scope = Domain.Access.AccessScope.System;
        access.ActorName = "data-protection";
        return scope.ServiceProvider.GetRequiredService<VigilDbContext>();
    }
}
