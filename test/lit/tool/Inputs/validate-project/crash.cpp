int crashes() { return 1; } // fake:crash
