int fine() { return 5; }
