# Spreidingswet in cijfers: de app met de verwerkte gegevens erin (data/), als gewone gebruiker (uid 10001), en
# gemaakt om met een alleen-lezen bestandssysteem te draaien (zie README, "Voor veel bezoekers").
# Bouwen: docker build -t spreidingswet .
# Draaien: docker run --read-only --tmpfs /tmp -p 8501:8501 spreidingswet
# Zonder bereikbaar register is BASIS een lokaal Debian-bookworm-beeld met python3 (3.11), en BOUWBASIS hetzelfde met
# binutils (strip); python -m scripts.container_bewijs maakt beide met debootstrap. Met podman: --format docker, anders
# valt de HEALTHCHECK weg.
ARG BASIS=python:3.11-slim
ARG BOUWBASIS=${BASIS}

# ---------------------------------------------------------------- bouwen: de virtuele omgeving, zonder wat niet draait
FROM ${BOUWBASIS} AS bouw
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# PIP_CERT alleen bij het bouwen, voor een machine met een eigen CA-bundel (--build-arg PIP_CERT=...).
ARG PIP_CERT=
COPY requirements.txt /tmp/requirements.txt
# Eigen virtuele omgeving: werkt op het slim-beeld en op Debians python3 (dat pip buiten een venv weigert).
# Daarna weg wat de app nooit laadt: tests, pip, C-headers en bronnen, de delen van pyarrow voor Flight en S3,
# pydeck (geen st.pydeck_chart), de Jupyter-extensie, plotly.js en de voorbeelddata van plotly.py (de app
# gebruikt de plotly.js van Streamlit), de optionele versnellingen van fontTools (het heeft gelijke Python-code). Is
# strip er (binutils), dan gaan de debugsymbolen uit de bibliotheken van pyarrow en pandas. De controle aan het eind
# laadt wat de app laadt.
RUN python3 -m venv /opt/venv \
 && if [ -z "$PIP_CERT" ]; then unset PIP_CERT; fi \
 && /opt/venv/bin/pip install --no-cache-dir -r /tmp/requirements.txt
# beide bases hebben Python 3.11
WORKDIR /opt/venv/lib/python3.11/site-packages
RUN find . -depth -type d \( -name tests -o -name testing -o -name __pycache__ \) -exec rm -rf {} + \
 && rm -rf pip pip-* setuptools setuptools-* pkg_resources _distutils_hack distutils-precedence.pth \
      pydeck pydeck-* streamlit/.agents \
      pyarrow/include pyarrow/src pyarrow/libarrow_flight.so* pyarrow/_flight*.so pyarrow/flight.py \
      pyarrow/libarrow_s3.so* pyarrow/_s3fs*.so \
      plotly/labextension plotly/package_data/plotly.min.js plotly/package_data/datasets \
      numpy/_core/include numpy/f2py \
 && find . \( -name "*.pyx" -o -name "*.pxd" -o -name "*.pxi" -o -name "*.h" -o -name "*.c" -o -name "*.cpp" \) -delete \
 && find fontTools -name "*.so" -delete \
 && if command -v strip >/dev/null; then find pyarrow pandas -name "*.so*" -type f -exec strip --strip-unneeded {} +; fi \
 && /opt/venv/bin/python -c "import streamlit, pandas, pyarrow.parquet, plotly.graph_objects, fpdf, openpyxl, numpy"

# ---------------------------------------------------------------- draaien
FROM ${BASIS}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    HOME=/tmp
RUN useradd --no-create-home --home-dir /tmp --uid 10001 --shell /usr/sbin/nologin app
COPY --from=bouw /opt/venv /opt/venv
WORKDIR /app

# Code, configuratie en de verwerkte gegevens (data/); de databouw en de tests zitten er niet in (.dockerignore).
COPY --chown=app:app app.py pyproject.toml ./
COPY --chown=app:app .streamlit ./.streamlit
COPY --chown=app:app spreiding ./spreiding
COPY --chown=app:app weergave ./weergave
COPY --chown=app:app paginas ./paginas
COPY --chown=app:app data ./data
# static/grenzen/: de kopie van de grensbestanden die de browser ophaalt (de databouw schrijft haar; de app schrijft
# zelf nergens in /app, dus alleen /tmp hoeft schrijfbaar).
COPY --chown=app:app static ./static
RUN python -c "import compileall, sys; sys.exit(not compileall.compile_dir('/app', quiet=1))"

USER 10001:10001
EXPOSE 8501
HEALTHCHECK --interval=15s --timeout=4s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=3).read() != b'ok')"]
CMD ["streamlit", "run", "app.py", "--server.port=8501", "--server.address=0.0.0.0", "--server.headless=true"]
