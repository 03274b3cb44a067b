# Spreidingswet in cijfers: de app met de verwerkte gegevens erin (data/), als gewone gebruiker.
# Bouwen: docker build -t spreidingswet .   Draaien: docker run -p 8501:8501 spreidingswet
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin app
WORKDIR /app

COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

# Code, configuratie en de verwerkte gegevens (data/); de databouw en de tests zitten er niet in (.dockerignore).
COPY --chown=app:app app.py pyproject.toml ./
COPY --chown=app:app .streamlit ./.streamlit
COPY --chown=app:app spreiding ./spreiding
COPY --chown=app:app weergave ./weergave
COPY --chown=app:app paginas ./paginas
COPY --chown=app:app data ./data
# static/ krijgt bij de start de grensbestanden met een inhoudshash in de naam (weergave/laden.py)
RUN mkdir -p static && chown app:app static

USER 10001:10001
EXPOSE 8501
HEALTHCHECK --interval=15s --timeout=4s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=3).read() != b'ok')"]
CMD ["streamlit", "run", "app.py", "--server.port=8501", "--server.address=0.0.0.0", "--server.headless=true"]
