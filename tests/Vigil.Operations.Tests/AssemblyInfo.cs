// Each test class runs real server processes; on a two-core machine running the classes one at a time is steadier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
