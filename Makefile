# slant: the two quick-start commands are `make audit` and `make test`.
SWIFT ?= swift
SLANT := .build/debug/slant
FORMAT_PATHS := Sources Tests Plugins Package.swift
# Extra flags for every build of .build (make build, make test). Line tables only by default:
# crash and test reports keep their file:line, and the compiler skips the full debug info a
# debugger needs (less compile and link time). `make SWIFT_BUILD_FLAGS= ...` for a debugger.
SWIFT_BUILD_FLAGS ?= -Xswiftc -gline-tables-only
# The comparison example: the committed corpus of 652 articles from 76 outlets (scripts/check-examples
# regenerates it with the same arguments: change both together).
COMPARE_EXAMPLE_ARGS := Data/abp/israel-palestine.jsonl.gz --format markdown,json,csv --gzip-evidence --min-relevance 0.1 --by-period year --outlet-aliases Examples/israel-palestine-outlet-aliases.yml --opinion-url-pattern '/(opinions?|columnists|commentary)/' --near-duplicates --boilerplate Examples/israel-palestine-boilerplate.json --events
# The same corpus grouped by AllSides rating, Markdown only (standard output: no evidence links).
COMPARE_BY_RATING_ARGS := Data/abp/israel-palestine.jsonl.gz --group-by allsides_rating --min-relevance 0.1 --by-period year
# The US-politics comparison: the 5,000-article sample with the us-politics side pack
# (scripts/check-us-politics-example, run by .ci/run, uses the same arguments).
US_POLITICS_EXAMPLE_ARGS := Data/abp/sample-5000.jsonl.gz --sides us-politics --format markdown,json,csv --gzip-evidence

.PHONY: audit test test-tools build deps examples check-examples check-sarif format lint-format lexicons bench compare-example screenshot us-politics-example check-us-politics-example

## Audit the bundled sample article and write its report to Reports/cairo-talks.md.
audit: build
	$(SLANT) audit Examples/cairo-talks.txt --output Reports
	@echo "Report: Reports/cairo-talks.md"

## Run the whole test suite: unit and golden tests, lexicon lint and examples, drift and format checks.
## Fails if any test is skipped; installs PySpark (under .build) and Java for the Spark test, and
## Chromium for the annotated page test, when missing.
# The two prerequisites run side by side (PySpark is unpacked while Swift compiles), whatever -j
# the caller gave: `make test` is the README's command and CI's.
test: deps
	@$(MAKE) --no-print-directory -j2 build test-tools
	$(SWIFT) build --build-tests $(SWIFT_BUILD_FLAGS)
	$(SLANT) lexicon lint
	$(SLANT) lexicon test
	scripts/check-examples $(SLANT)
	scripts/check-sarif $(SLANT)
	scripts/check-gold-symmetry $(SLANT)
	python3 -m unittest discover --start-directory scripts/tests --quiet
	$(SWIFT) format lint --strict --parallel --recursive --configuration .swift-format $(FORMAT_PATHS)
	scripts/run-tests $(SWIFT_BUILD_FLAGS)

# What the Spark and Chromium tests need. After deps, so no two apt-get runs overlap; beside
# build, so `make test` unpacks PySpark while Swift compiles.
test-tools: deps
	@scripts/ensure-spark
	@scripts/ensure-chromium

build: deps
	@scripts/refresh-build-plan
	$(SWIFT) build --product slant $(SWIFT_BUILD_FLAGS)

deps:
	@scripts/ensure-deps

## Regenerate the committed example reports under Reports/examples.
examples: build compare-example
	$(SLANT) audit Examples/cairo-talks.txt --output Reports/examples
	$(SLANT) audit Examples/cairo-talks.txt --format json --output Reports/examples
	$(SLANT) audit Examples/cairo-talks.txt --format html --output Reports/examples
	$(SLANT) audit Examples/kharkiv-strikes.txt --output Reports/examples
	$(SLANT) audit Examples/kharkiv-strikes.txt --format json --output Reports/examples

## Compare the outlets of the realistic example corpus; report in Reports/examples/israel-palestine.
compare-example: build
	$(SLANT) compare $(COMPARE_EXAMPLE_ARGS) --output Reports/examples/israel-palestine
	$(SLANT) compare $(COMPARE_BY_RATING_ARGS) > Reports/examples/israel-palestine-by-rating.md.tmp
	mv Reports/examples/israel-palestine-by-rating.md.tmp Reports/examples/israel-palestine-by-rating.md
	@echo "Report: Reports/examples/israel-palestine/comparison.md"

## Compare the 5,000-article sample's outlets on the us-politics sides; report in Reports/examples/us-politics.
us-politics-example: build
	$(SLANT) compare $(US_POLITICS_EXAMPLE_ARGS) --output Reports/examples/us-politics
	@echo "Report: Reports/examples/us-politics/comparison.md"

check-examples: build
	scripts/check-examples $(SLANT)

## The US-politics comparison's drift check (CI runs it after make test: it takes tens of seconds).
check-us-politics-example: build
	scripts/check-us-politics-example $(SLANT)

## Validate `slant check --format sarif` against the official SARIF 2.1.0 schema (pip-installs it if missing).
check-sarif: build
	scripts/check-sarif $(SLANT)

format:
	$(SWIFT) format format -i --recursive --configuration .swift-format $(FORMAT_PATHS)

lint-format:
	$(SWIFT) format lint --strict --parallel --recursive --configuration .swift-format $(FORMAT_PATHS)

lexicons: build
	$(SLANT) lexicon lint
	$(SLANT) lexicon test

## Throughput, load time and memory on real articles (release build); see BENCHMARKS.md. The
## committed 500 articles by default; the recorded figures pass the 5,000-article sample as
## BENCH_CORPUS=.../sample-5000.jsonl.
BENCH_CORPUS ?= Data/abp/sample-500.jsonl.gz
bench: deps
	@scripts/refresh-build-plan
	$(SWIFT) build -c release --product slant
	$(SWIFT) build -c release --product slant-bench
	@corpus="$(BENCH_CORPUS)"; \
	case "$$corpus" in *.gz) gzip -dc "$$corpus" > .build/bench-corpus.jsonl; corpus=.build/bench-corpus.jsonl;; esac; \
	echo ".build/release/slant-bench $$corpus --slant .build/release/slant"; \
	.build/release/slant-bench "$$corpus" --slant .build/release/slant

## Score the engine against the human-annotated data committed under Data/ (EVALUATION.md).
## POLNEAR=path (a networkdynamics/PolNeAR checkout) also scores PolNeAR's train split.
POLNEAR ?=
.PHONY: evaluate
evaluate: deps
	@scripts/refresh-build-plan
	$(SWIFT) build -c release --product slant
	python3 scripts/evaluate.py all $(if $(POLNEAR),--polnear "$(POLNEAR)")
	python3 scripts/politics-eval.py

## Fuzz each libFuzzer target (Sources/fuzz-*) for FUZZ_SECONDS seconds, or FUZZ_RUNS inputs;
## docs/fuzzing.md. `make fuzz-smoke` is CI's short run over the seed corpus.
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_RUNS ?= 300
.PHONY: fuzz fuzz-smoke sanitize
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz $(if $(FUZZ_RUNS),--runs $(FUZZ_RUNS))

fuzz-smoke: deps
	scripts/fuzz --runs $(FUZZ_SMOKE_RUNS)

## The test suite under AddressSanitizer and ThreadSanitizer (.build-asan, .build-tsan);
## SANITIZE_FILTER=<regex> runs a subset.
sanitize: deps
	scripts/sanitize

## Regenerate docs/annotated-page.png, the README's screenshot of the sample's annotated page
## (headless Chromium; scripts/ensure-chromium installs it when missing).
screenshot: build
	@scripts/ensure-chromium
	scripts/screenshot $(SLANT)
