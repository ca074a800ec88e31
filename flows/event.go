package flows

// EventKind names what happened at one moment of a journey.
type EventKind string

// The kinds of event a session records.
const (
	EventStart   EventKind = "start"
	EventAnswer  EventKind = "answer"
	EventBack    EventKind = "back"
	EventRestart EventKind = "restart"
	EventOutcome EventKind = "outcome"
	// EventAction is noted by a front-end when it carries out an action. Its
	// Detail must never hold a secret.
	EventAction EventKind = "action"
)

// Event is one entry of a journey's record. It carries the tree's version so
// a transcript says exactly which advice was given.
type Event struct {
	Kind    EventKind `json:"kind"`
	Tree    string    `json:"tree"`
	Version string    `json:"version"`
	Node    string    `json:"node,omitempty"`
	Prompt  string    `json:"prompt,omitempty"`
	Answer  string    `json:"answer,omitempty"`
	Outcome Outcome   `json:"outcome,omitempty"`
	Detail  string    `json:"detail,omitempty"`
}
