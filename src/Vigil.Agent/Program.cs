// The endpoint agent (inventory and isolation) is built by the inventory and incident work; until then this
// entry point only reports its version so that packaging and the dependency rules can be exercised.
Console.WriteLine($"vigil-agent {typeof(Program).Assembly.GetName().Version}");
return 0;
