// Each test class starts its own host (SQLite file, identity store, Hangfire client). Hosts running side by side on
// two cores made some runs time out under load; one at a time keeps the suite deterministic at a small cost.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
