using System.Reflection;
using Vigil.Domain.Common;

namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>The default catalogs shipped inside the assembly (Compliance/Catalogs/Data/*.yaml).</summary>
internal static class CatalogResources
{
    public static string Read(string fileName)
    {
        var name = "Vigil.Domain.Compliance.Catalogs.Data." + fileName;
        using var stream = typeof(CatalogResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded catalog {name} is missing from {typeof(CatalogResources).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A default catalog that does not parse is a bug in the build, not bad input: it throws.</summary>
    public static T Load<T>(string fileName, Func<string, string, Result<T>> parse)
    {
        var result = parse(Read(fileName), fileName);
        return result.IsSuccess ? result.Value! : throw new InvalidOperationException("The embedded catalog is invalid: " + result.Error!.Message);
    }
}
