# The two newcomer commands are `make run` and `make test`; the rest are their building blocks.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
REQS := requirements.txt $(wildcard requirements-models.txt)
APT_PACKAGES := espeak-ng chromium stress-ng
PORT ?= 8000
# The development server listens on this machine only; `make run HOST=0.0.0.0` to share it.
HOST ?= 127.0.0.1
PYTEST_ARGS ?=

.PHONY: run test eval bench-quick install migrate seed lint system-packages llama-wheel

run: install migrate seed
	@echo ""
	@echo "  AI Receptionist is starting on http://localhost:$(PORT)/"
	@echo "    Public site and staff admin: http://localhost:$(PORT)/admin/ (createsuperuser first)"
	@echo "    Demo businesses: the URLs and logins printed above"
	@echo "    Call one without a phone (in another terminal):"
	@echo "      .venv/bin/python manage.py simulate_call --tenant bright_smile --say \"What are your hours on Friday?\""
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

install: $(VENV)/.installed

$(VENV)/.installed: $(REQS) Makefile
	@$(MAKE) --no-print-directory system-packages
	test -x $(PY) || python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	@$(MAKE) --no-print-directory llama-wheel
	$(PIP) install --quiet --find-links $(LLAMA_WHEELS) $(foreach r,$(REQS),-r $(r))
	$(PIP) install --quiet --no-deps --force-reinstall $(LLAMA_WHEELS)/llama_cpp_python-*.whl
	touch $@

# llama.cpp (llama-cpp-python compiles it) is built with the instruction sets named here, never
# -march=native: on Sapphire Rapids CPUs its AMX kernels segfault on the first prompt (measured
# here; ggml-org/llama.cpp#20824), and pip's cache would hand one machine's build to the next.
# x86-64-v3 (AVX2, FMA, F16C), plus the AVX-512 sets this CPU has (a 529-token prompt: 3.4 s
# instead of 5.1 s here); AMX never. Built once per flag set into LLAMA_WHEELS (about 8
# minutes), then reused; other architectures build natively.
LLAMA_REQ := $(shell grep -o '^llama-cpp-python==[^ ]*' requirements.txt)
ifeq ($(shell uname -m),x86_64)
CPU_HAS = $(if $(shell grep -m1 -ow $(1) /proc/cpuinfo 2>/dev/null),$(2))
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
	$(call CPU_HAS,avx512bw,-DGGML_AVX512=ON) $(call CPU_HAS,avx512vbmi,-DGGML_AVX512_VBMI=ON) \
	$(call CPU_HAS,avx512_vnni,-DGGML_AVX512_VNNI=ON) \
	$(call CPU_HAS,avx512_bf16,-DGGML_AVX512_BF16=ON) $(call CPU_HAS,avx_vnni,-DGGML_AVX_VNNI=ON)
endif
LLAMA_WHEELS := $(HOME)/.cache/receptionist/llama-wheels/$(shell echo '$(LLAMA_REQ) $(LLAMA_CMAKE_ARGS)' | md5sum | cut -c1-12)

llama-wheel:
	@if ! ls $(LLAMA_WHEELS)/llama_cpp_python-*.whl >/dev/null 2>&1; then \
		echo "building $(LLAMA_REQ) for this CPU's instruction sets, AMX left out (once, about 8 minutes)"; \
		mkdir -p $(LLAMA_WHEELS) && CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" \
		$(PIP) wheel --quiet --no-cache-dir --no-deps -w $(LLAMA_WHEELS) $(LLAMA_REQ); \
	fi

# Debian packages the tests and benchmarks use (espeak-ng synthesises callers, chromium runs
# the browser tests, stress-ng keeps a core busy in bench/turn_latency.py); skipped when present.
system-packages:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

migrate: install
	$(PY) manage.py migrate_all -v 0

seed: migrate
	$(PY) manage.py seed_demo --port $(PORT)

# The receptionist's exam (tests/scenarios): scripted callers in text mode and a subset through
# the audio path, and the held-out callers (measured, not gated), on the embedded local model;
# ends with RESULT scenario_pass_rate=... lines.
eval: install
	$(PY) bench/eval_scenarios.py

# Every benchmark in quick mode (small data, few repetitions, the same code paths): fails when
# one no longer runs. Its figures are marked `RESULT quick` and never quoted (BENCHMARKS.md).
bench-quick: install
	$(PY) bench/run_quick.py

lint: install
	$(VENV)/bin/ruff check .
