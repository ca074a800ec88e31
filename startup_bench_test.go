package main

import "testing"

// BenchmarkStartup loads and validates every tree and guide, as every start
// of the program does.
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		if _, _, err := loadAll(); err != nil {
			b.Fatal(err)
		}
	}
}
