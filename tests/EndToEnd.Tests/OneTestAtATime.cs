// The end-to-end tests start real apps, browsers and a load of families on the build machines' two cores. Run side by
// side, a browser test waited 90 seconds for a sign-in page starved by a resilience test's fifty families: one at a
// time they take a few minutes longer and measure the apps, not their neighbours.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
