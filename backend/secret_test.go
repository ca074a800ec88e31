package backend_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

const plain = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

func TestSecretNeverPrintsItself(t *testing.T) {
	s := backend.NewSecret(plain)
	holder := struct {
		User   string
		Secret backend.Secret
		Ptr    *backend.Secret
	}{"bob", s, &s}

	outputs := map[string]string{}
	for _, verb := range []string{"%s", "%v", "%+v", "%#v", "%q", "%x", "%X", "%d", "%10s", "%T"} {
		outputs["value "+verb] = fmt.Sprintf(verb, s)
		outputs["pointer "+verb] = fmt.Sprintf(verb, &s)
		outputs["struct "+verb] = fmt.Sprintf(verb, holder)
	}
	outputs["Sprint"] = fmt.Sprint(s, &s, holder)
	outputs["Sprintln"] = fmt.Sprintln(s)
	outputs["String"] = s.String()
	outputs["GoString"] = s.GoString()
	outputs["wrapped error"] = fmt.Errorf("create key: %v", s).Error()
	outputs["errors.New"] = errors.New(s.String()).Error()

	js, err := json.Marshal(holder)
	if err != nil {
		t.Fatal(err)
	}
	outputs["json"] = string(js)
	jsMap, err := json.Marshal(map[backend.Secret]string{s: "as a map key"})
	if err != nil {
		t.Fatal(err)
	}
	outputs["json map key"] = string(jsMap)
	type credentials struct{ Secret backend.Secret }
	x, err := xml.Marshal(credentials{s})
	if err != nil {
		t.Fatal(err)
	}
	outputs["xml"] = string(x)

	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("new key", "secret", s, "holder", holder)
	slog.New(slog.NewTextHandler(&logs, nil)).Info("new key", "secret", s, "holder", holder)
	outputs["slog"] = logs.String()

	for name, out := range outputs {
		if strings.Contains(out, plain) || strings.Contains(out, fmt.Sprintf("%x", plain)) {
			t.Errorf("%s leaks the secret: %s", name, out)
		}
	}
	if !strings.Contains(outputs["value %s"], backend.Redacted) || !strings.Contains(outputs["json"], backend.Redacted) {
		t.Errorf("redacted form missing: %q, %q", outputs["value %s"], outputs["json"])
	}
}

func TestSecretRevealAndLength(t *testing.T) {
	s := backend.NewSecret(plain)
	if s.Reveal() != plain {
		t.Fatalf("Reveal() = %q", s.Reveal())
	}
	if s.Len() != len(plain) || s.IsZero() {
		t.Fatalf("Len() = %d, IsZero() = %v", s.Len(), s.IsZero())
	}
	if !(backend.Secret{}).IsZero() {
		t.Fatal("zero Secret is not IsZero")
	}
}
