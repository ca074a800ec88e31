package awsiam

import (
	"context"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/signin-doctor/signin-doctor/backend"
)

// These tests need no moto: they point the backend at loopback sockets that
// misbehave on purpose.

func TestServerThatNeverAnswersTimesOut(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		conns []net.Conn
	)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c) // hold it open and say nothing
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})

	b, err := New(ctx, Options{Region: testRegion, Credentials: dummyCredentials, EndpointURL: "http://" + ln.Addr().String(), Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, _, err = b.CreateAccessKey(ctx, "bob")
	wantKind(t, err, backend.ErrTimeout, "did not answer in time", "check before repeating")
	if waited := time.Since(start); waited > 5*time.Second {
		t.Errorf("gave up after %v, want about the 300ms timeout", waited)
	}

	// The caller's own deadline counts too.
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	_, err = b.ListUsers(short)
	wantKind(t, err, backend.ErrTimeout)
}

func TestClosedPortIsUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now: connections are refused

	b, err := New(ctx, Options{Region: testRegion, Credentials: dummyCredentials, EndpointURL: "http://" + addr, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.WhoAmI(ctx)
	wantKind(t, err, backend.ErrUnreachable, "could not be reached")
}
