using Microsoft.Extensions.Localization;

// The assembly is named vigil-server; resources are looked up under the Vigil.Server namespace.
[assembly: RootNamespace("Vigil.Server")]
