# signin-doctor: the everyday commands. `make test` is the one CI runs.
GO ?= go
PKGS := ./...

.PHONY: run test lint fmt bench fuzz build

run: ## start the program on the built-in sandbox
	$(GO) run .

build:
	$(GO) build -o bin/signin-doctor .

# Every test, against real moto servers on loopback: scripts/with-moto makes
# the virtualenv, installs the pinned moto[server], starts the servers and
# stops them afterwards. With CI set, a missing moto fails the aws tests.
test:
	CI=$${CI:-true} scripts/with-moto $(GO) test -race -count=1 $(PKGS)

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	@if [ -x ../shared/tools/verbatim-check ]; then ../shared/tools/verbatim-check; fi

fmt:
	gofmt -w .

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# A minute of fuzzing for each loader.
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzLoadAndValidate -fuzztime 60s ./flows
	$(GO) test -run '^$$' -fuzz FuzzParseGuide -fuzztime 60s ./content
