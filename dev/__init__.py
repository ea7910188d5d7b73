"""Developer tools, not shipped: the crash-test harness and the schema-fixture maker."""
