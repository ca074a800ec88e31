package diag

import (
	"errors"
	"fmt"

	"github.com/goccy/go-yaml"
)

// FromYAML turns a YAML decoding error into a Problem at its real line.
// lineOffset is added to the parser's line, for YAML embedded in a larger
// file (front matter starts on the second line of a guide).
func FromYAML(file string, lineOffset int, err error) Problem {
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		return Problem{File: file, Line: ye.GetToken().Position.Line + lineOffset, Message: ye.GetMessage()}
	}
	return Problem{File: file, Message: err.Error()}
}

// Unmarshal decodes YAML strictly (unknown fields are errors). It turns a
// panic inside the YAML library, which odd input can trigger, into an
// ordinary error, so a broken file is reported and never crashes the program.
func Unmarshal(data []byte, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("this YAML could not be read (%v); check the indentation and any '!' or '&' characters", r)
		}
	}()
	return yaml.UnmarshalWithOptions(data, v, yaml.DisallowUnknownField())
}
