int hangs() { return 2; } // fake:hang
