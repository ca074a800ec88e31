package sandbox

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
)

// childEnv, when set, makes the test binary act as a second process on a
// sandbox instead of running tests: see runChild.
const childEnv = "SIGNIN_DOCTOR_SANDBOX_CHILD"

func TestMain(m *testing.M) {
	if mode := os.Getenv(childEnv); mode != "" {
		if err := runChild(mode, os.Getenv("SANDBOX_DIR"), os.Getenv("SANDBOX_ROUNDS")); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runChild is the other process in the multi-process tests.
//
//   - "hammer": create and delete a key for carol, rounds times.
//   - "writer": toggle bob's key forever, saying "ready" after the first
//     write, until killed.
func runChild(mode, dir, rounds string) error {
	ctx := context.Background()
	s, err := New(dir)
	if err != nil {
		return err
	}
	switch mode {
	case "hammer":
		n, err := strconv.Atoi(rounds)
		if err != nil {
			return err
		}
		for i := range n {
			key, _, err := s.CreateAccessKey(ctx, "carol")
			if err != nil {
				return fmt.Errorf("round %d: %w", i, err)
			}
			if _, err := s.DeleteAccessKey(ctx, "carol", key.ID); err != nil {
				return fmt.Errorf("round %d: %w", i, err)
			}
		}
		return nil
	case "writer":
		keys, err := s.ListAccessKeys(ctx, "bob")
		if err != nil {
			return err
		}
		for i := 0; ; i++ {
			if _, err := s.SetAccessKeyStatus(ctx, "bob", keys[0].ID, i%2 == 0); err != nil {
				return err
			}
			if i == 0 {
				fmt.Println("ready")
			}
		}
	}
	return fmt.Errorf("unknown child mode %q", mode)
}
