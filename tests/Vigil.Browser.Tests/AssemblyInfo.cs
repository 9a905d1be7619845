// Each test class starts its own server and browsers; on a two-core machine running them one at a time is steadier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
