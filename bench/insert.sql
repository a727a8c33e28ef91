INSERT INTO bench_rows (a, b) VALUES (repeat('a', 150), repeat('b', 150));
