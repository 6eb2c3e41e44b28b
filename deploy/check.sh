#!/usr/bin/env bash
# Schema checks of the deploy files: the Kubernetes manifests against the Kubernetes API's JSON
# schemas (kubernetes-validate, strict: unknown fields fail) and compose.yaml against the Compose
# specification (check-jsonschema's bundled copy). Both ship their schemas inside the PyPI package,
# so nothing is fetched at check time. The properties themselves are asserted by DeployFilesTest.
# A tool that cannot be installed is reported and skipped; a file that does not validate fails.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${SAMSPILL_DEPLOY_CHECK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/samspill-deploy-check}
tools="kubernetes-validate==1.37.0 check-jsonschema==0.39.0"
if [ ! -f "$venv/.installed" ] || [ "$(cat "$venv/.installed")" != "$tools" ]; then
  # shellcheck disable=SC2086
  if ! { python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check $tools; }; then
    echo "WARNING: could not install $tools; deploy schema checks skipped" >&2
    exit 0
  fi
  echo "$tools" > "$venv/.installed"
fi
manifests=$(ls deploy/kubernetes/*.yaml | grep -v kustomization.yaml)
# shellcheck disable=SC2086
"$venv/bin/kubernetes-validate" --strict --quiet $manifests
"$venv/bin/check-jsonschema" --builtin-schema vendor.compose-spec deploy/compose.yaml
echo "deploy schema checks: $(echo "$manifests" | wc -l) Kubernetes manifests and compose.yaml valid"
