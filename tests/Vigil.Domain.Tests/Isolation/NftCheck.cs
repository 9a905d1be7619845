using Vigil.Domain.Tests.Indicators.Export;

namespace Vigil.Domain.Tests.Isolation;

/// <summary><c>nft -c -f</c> on generated text, in a fresh network namespace (never touches the host's rules).</summary>
internal static class NftCheck
{
    public static RealTool.Result Run(string text)
    {
        var directory = Directory.CreateTempSubdirectory("vigil-isolation-");
        try
        {
            var file = Path.Combine(directory.FullName, "rules.nft");
            File.WriteAllText(file, text);
            return RealTool.Run("nftables", "nft", ["-c", "-f", file], isolateNetwork: true);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
