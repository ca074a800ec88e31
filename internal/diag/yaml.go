package diag

import (
	"errors"

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
