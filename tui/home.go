package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/flows"
)

// homeScreen lists the problems the program can help with: the entry trees.
type homeScreen struct {
	trees []*flows.Tree
	list  pickList
}

func newHomeScreen(c *common) *homeScreen {
	trees := c.entries()
	items := make([]listItem, len(trees))
	// Each tree's words are lowercased once, so filtering on every key
	// press is string scans and nothing more.
	haystacks := make([]string, len(trees))
	for i, t := range trees {
		items[i] = listItem{title: t.Title, summary: t.Summary}
		haystacks[i] = strings.ToLower(t.Title + " " + t.Summary + " " + strings.Join(t.Tags, " ") + " " + t.ID)
	}
	filter := func(query string) []int {
		words := content.Words(query)
		var out []int
	trees:
		for i, h := range haystacks {
			for _, w := range words {
				if !strings.Contains(h, w) {
					continue trees
				}
			}
			out = append(out, i)
		}
		return out
	}
	return &homeScreen{trees: trees, list: newPickList(c, "What's stopping you from signing in?", items, filter)}
}

func (s *homeScreen) setSize(width, height int) tea.Cmd {
	s.list.setSize(width, height)
	return nil
}

func (s *homeScreen) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	picked, cmd := s.list.update(msg)
	if picked != nil {
		return openTreeMsg{treeID: s.trees[picked.item].ID}, cmd
	}
	return nil, cmd
}

func (s *homeScreen) shortHelp() []key.Binding { return s.list.shortHelp("open") }

// View is the list of problems.
func (s *homeScreen) View() string { return s.list.View() }

func (s *homeScreen) filtering() bool   { return s.list.filtering() }
func (s *homeScreen) clearFilter() bool { return s.list.clearFilter() }
