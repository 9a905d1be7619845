Console.WriteLine($"vigil {typeof(Program).Assembly.GetName().Version}");
return 0;
