package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/transcript"
	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// The smallest window the screens are laid out for; below it the program
// says how big it needs to be instead of drawing a broken screen.
const (
	MinWidth  = 40
	MinHeight = 10
)

// screen is what fills the body of the window.
type screen int

// The screens. Journey screens (question, guide, action, outcome) follow
// the engine's current node.
const (
	screenHome screen = iota
	screenQuestion
	screenGuide
	screenAction
	screenOutcome
	screenBrowse
	screenRead
)

// String names the screen, for tests and debugging.
func (s screen) String() string {
	switch s {
	case screenHome:
		return "home"
	case screenQuestion:
		return "question"
	case screenGuide:
		return "guide"
	case screenAction:
		return "action"
	case screenOutcome:
		return "outcome"
	case screenBrowse:
		return "browse"
	case screenRead:
		return "read"
	}
	return "unknown"
}

// state is what the program as a whole is doing, over whichever screen.
type state int

const (
	// stateSizing waits for the first window size: nothing can be laid out.
	stateSizing state = iota
	// stateReady shows the screen and takes keys.
	stateReady
	// stateHelp shows the help overlay over the screen.
	stateHelp
	// stateQuitting takes no more keys while the terminal is given back.
	stateQuitting
)

// String names the state, for tests and debugging.
func (s state) String() string {
	switch s {
	case stateSizing:
		return "sizing"
	case stateReady:
		return "ready"
	case stateHelp:
		return "help"
	case stateQuitting:
		return "quitting"
	}
	return "unknown"
}

// child is what the root asks of every screen: take a size, answer a key
// (with a navigation message when the answer moves elsewhere), draw itself
// as a string, and name its keys for the footer.
type child interface {
	setSize(width, height int) tea.Cmd
	update(msg tea.Msg) (nav tea.Msg, cmd tea.Cmd)
	View() string
	shortHelp() []key.Binding
}

// filterable is a screen with a filter input (home, browse).
type filterable interface {
	filtering() bool
	clearFilter() bool
}

// typist is a screen with a text field that may have the keyboard (the
// action screen): then printable keys are text, and only esc and ctrl+c
// act.
type typist interface {
	typing() bool
}

// Model is the root of the program: it owns the engine session, routes
// every message and assembles the window from the chrome and the screen.
type Model struct {
	c       *common
	backend string
	screen  screen
	state   state
	width   int
	height  int

	home     *homeScreen
	question *questionScreen
	guide    *guideScreen
	action   *actionScreen
	outcome  *outcomeScreen
	browse   *browseScreen
	read     *readScreen

	// session is the journey; started says there is one at all (the zero
	// Session has no current step) and inJourney that it is the one on
	// screen, not left for the home list.
	session    flows.Session
	started    bool
	inJourney  bool
	browseFrom screen
	// done keeps what actions did at each step of the path (by position),
	// so coming back to a step shows it again instead of running it again.
	done map[int]actionRecord

	transcript *transcript.Writer
	pastEvents []flows.Event // journeys left for another tree
	saving     bool
	saveAgain  bool

	help   help.Model
	status string // one line of news (an error, a hint) until the next key
	// banner is a message above the screen until the journey moves on
	// (why an action failed, on the step its failure led to), wrapped in
	// bannerLines.
	banner      string
	bannerLines []string

	headerMemo memo[chromeKey, string]
	footerMemo memo[chromeKey, string]
	body       layout.Fitter
}

// chromeKey is what the header or the footer is drawn from.
type chromeKey struct {
	text  string
	width int
	gen   int
}

var _ tea.Model = (*Model)(nil)

// New builds the program's root model. Nil trees or guides give empty lists,
// not a crash.
func New(o Options) *Model {
	c := newCommon(o)
	path := ""
	if o.Transcript != nil {
		path = o.Transcript.Path()
	}
	h := help.New()
	h.ShortSeparator = " · "
	backend := o.Backend
	if backend == "" && o.Actions != nil {
		backend = o.Actions.Name()
	}
	if backend == "" {
		backend = "none"
	}
	return &Model{
		c:          c,
		backend:    backend,
		home:       newHomeScreen(c),
		question:   newQuestionScreen(c),
		guide:      newGuideScreen(c),
		action:     newActionScreen(c),
		outcome:    newOutcomeScreen(c, path),
		browse:     newBrowseScreen(c),
		read:       newReadScreen(c),
		transcript: o.Transcript,
		help:       h,
	}
}

// Init asks the terminal for its background, to pick dark or light styles.
// Until it answers (and in tests, where nothing does) the styles are dark.
func (m *Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// active is the screen on show.
func (m *Model) active() child {
	switch m.screen {
	case screenQuestion:
		return m.question
	case screenGuide:
		return m.guide
	case screenAction:
		return m.action
	case screenOutcome:
		return m.outcome
	case screenBrowse:
		return m.browse
	case screenRead:
		return m.read
	}
	return m.home
}
