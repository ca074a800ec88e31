package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/diag"
)

func newFlowsCommand(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "flows",
		Short: "Check or draw the decision trees",
		Args:  noArgs,
	}
	cmd.AddCommand(newValidateCommand(e), newGraphCommand(e))
	return cmd
}

func newValidateCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "validate [DIR]",
		Short: "Check trees and guides; prints file:line problems and exits 1 on any",
		Long: "Check the decision trees and guides. With no DIR the built-in ones are checked. With DIR, the\n" +
			"trees are the *.yaml files in DIR/flows (or DIR) and the guides the *.md files in DIR/content (or\n" +
			"DIR), falling back to the built-in guides when DIR has none.",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErrorf("validate takes at most one directory, got %d arguments", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			var src treeSource
			if len(args) == 1 {
				var err error
				if src, err = dirSource(args[0]); err != nil {
					return err
				}
			} else {
				src = builtinSource()
			}
			set, lib, problems := src.load()
			problems = append(problems, located(flows.Validate(set, catalog(lib)).Err(), src.treeDir)...)
			if len(problems) > 0 {
				fmt.Fprintln(e.stderr, problems.Err())
				fmt.Fprintf(e.stderr, "%d problem(s) found\n", len(problems))
				return errReported
			}
			nodes := 0
			for _, t := range set.Trees() {
				nodes += len(t.Nodes)
			}
			fmt.Fprintf(e.stdout, "ok: %d trees, %d nodes, %d guides\n", len(set.Trees()), nodes, len(lib.All()))
			return nil
		},
	}
}

// treeSource says where trees and guides are read from, and how their file
// names are shown so that file:line points at a real file.
type treeSource struct {
	trees, guides     fs.FS
	treeDir, guideDir string
}

func builtinSource() treeSource {
	return treeSource{treeDir: "flows", guideDir: "content"}
}

func dirSource(dir string) (treeSource, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return treeSource{}, usageErrorf("cannot open the directory %q: give the folder that holds the tree *.yaml files", dir)
	}
	// Whatever DIR does not hold (trees or guides) comes from the build, so
	// a folder of new guides is checked against the shipped trees and back.
	src := builtinSource()
	for _, d := range []string{filepath.Join(dir, "flows"), dir} {
		if has(d, "*.yaml") || has(d, "*.yml") {
			src.treeDir, src.trees = d, os.DirFS(d)
			break
		}
	}
	for _, d := range []string{filepath.Join(dir, "content"), dir} {
		if has(d, "*.md") {
			src.guideDir, src.guides = d, os.DirFS(d)
			break
		}
	}
	if src.trees == nil && src.guides == nil {
		return treeSource{}, usageErrorf("found no trees (*.yaml) or guides (*.md) in %q or its flows/ and content/ folders", dir)
	}
	return src, nil
}

func has(dir, pattern string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, pattern))
	return len(m) > 0
}

// load reads both, reporting problems with paths the person can open.
func (s treeSource) load() (*flows.Set, *content.Library, diag.List) {
	var problems diag.List
	var lib *content.Library
	var err error
	if s.guides != nil {
		lib, err = content.Load(s.guides, ".")
	} else {
		lib, err = content.Embedded()
	}
	problems = append(problems, located(err, s.guideDir)...)
	trees := s.trees
	if trees == nil {
		trees = flows.EmbeddedFS
	}
	set, found := flows.LoadPartial(trees, ".")
	problems = append(problems, located(found.Err(), s.treeDir)...)
	return set, lib, problems
}

// located prefixes each problem's file with its directory.
func located(err error, dir string) diag.List {
	if err == nil {
		return nil
	}
	var list diag.List
	if !errors.As(err, &list) {
		return diag.List{{File: dir, Message: err.Error()}}
	}
	out := slices.Clone(list)
	for i := range out {
		if out[i].File != "." && !strings.HasPrefix(out[i].File, dir) {
			out[i].File = filepath.Join(dir, out[i].File)
		} else if out[i].File == "." {
			out[i].File = dir
		}
	}
	return out
}

func newGraphCommand(e *env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "graph [TREE]",
		Short: "Draw the trees (all, or one) as a Mermaid or Graphviz flowchart",
		Example: "  signin-doctor flows graph > map.mmd\n" +
			"  signin-doctor flows graph --format dot lost-access-keys | dot -Tsvg > keys.svg",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErrorf("graph takes at most one tree id, got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(flows.GraphFormats, format) {
				return usageErrorf("unknown graph format %q given to --format: use %s", format, strings.Join(flows.GraphFormats, " or "))
			}
			set, _, err := loadAll()
			if err != nil {
				return err
			}
			trees := set.Trees()
			if len(args) == 1 {
				t, ok := set.Tree(args[0])
				if !ok {
					return unknownID("tree", args[0], set.IDs(), "")
				}
				trees = []*flows.Tree{t}
			}
			return flows.WriteGraph(e.stdout, trees, set, format)
		},
	}
	cmd.Flags().StringVar(&format, "format", flows.FormatMermaid, "mermaid or dot")
	return cmd
}
