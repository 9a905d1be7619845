namespace Vigil.Architecture.Tests;

/// <summary>The configuration (Debug/Release) this test assembly was built with, so it reads the matching src/*/bin.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class BuildConfigurationAttribute(string configuration) : Attribute
{
    public string Configuration { get; } = configuration;
}
