"""Een download die bij de klik gemaakt wordt, blijft een minuut bestaan (nagegaan op Streamlit 1.67.0).

Een downloadknop met een functie als `data` (weergave/export.py: CSV, Excel, PDF) maakt zijn bestand pas bij de klik:
`MediaFileManager.execute_deferred` bewaart het en geeft de browser een adres, dat die daarna ophaalt. Dat bestand
hoort bij geen enkele sessie. Na elke run van elke sessie (ScriptRunner) en bij elke sessie die sluit (AppSession)
roept Streamlit `remove_orphaned_files` aan; die merkt zo'n bestand bij de eerste aanroep als 'weg te gooien' en
gooit het bij de tweede weg. Maken andere bezoekers tussen de klik en het ophalen twee runs af of sluiten zij hun
pagina (onder belasting gewoon: `bench.belasting --soak`), dan krijgt de browser een 404 en de bezoeker geen bestand
en geen melding. Gemeten met 6 bezoekers tegelijk die elk elke download van hun pagina haalden: 12 van 187
downloads faalden.

Hier houdt `_get_inactive_file_ids` (privé) een te downloaden bestand zonder sessie nog `BEWAAR` seconden buiten de
opruiming, gerekend vanaf de laatste klik die het maakte (twee bezoekers die dezelfde CSV halen, krijgen hetzelfde
bestand: `execute_deferred` geeft het dan nieuwe metadata); daarna gaat het zoals Streamlit het doet.
tests/test_intern.py laat zien dat Streamlit zonder deze aanpassing het bestand na twee opruimrondes weggooit en
dat het er met de aanpassing nog is.
"""

from __future__ import annotations

import time

from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.media_file_storage import MediaFileKind

#: Seconden dat een bij de klik gemaakt bestand blijft staan, ook als geen sessie het meer noemt.
BEWAAR = 60.0
_VLAG = "_spreiding_bewaart_downloads"
_klok = time.monotonic  # tests zetten de tijd vooruit
#: Streamlits eigen methode, vóór de aanpassing (de test laat zien wat die doet).
ORIGINEEL = MediaFileManager._get_inactive_file_ids


def bewaar_downloads() -> None:
    """Eenmalig: de opruiming van Streamlits mediabestanden slaat verse downloads over."""
    if getattr(MediaFileManager, _VLAG, False):
        return

    def _get_inactive_file_ids(self) -> set[str]:  # de aanroeper houdt self._lock vast
        inactief = ORIGINEEL(self)
        # file_id -> (sinds wanneer zonder sessie, de metadata van toen): een tweede klik die hetzelfde bestand maakt
        # (zelfde inhoud, zelfde id) zet nieuwe metadata en begint de minuut opnieuw
        gezien: dict[str, tuple[float, object]] = self.__dict__.setdefault(_VLAG, {})
        nu = _klok()
        for weg in [f for f in gezien if f not in self._file_metadata]:
            del gezien[weg]
        vers = set()
        for file_id in inactief:
            metadata = self._file_metadata[file_id]
            if metadata.kind != MediaFileKind.DOWNLOADABLE:
                continue
            sinds, toen = gezien.get(file_id, (nu, metadata))
            if toen is not metadata:
                sinds = nu
            gezien[file_id] = (sinds, metadata)
            if nu - sinds < BEWAAR:
                vers.add(file_id)
        return inactief - vers

    MediaFileManager._get_inactive_file_ids = _get_inactive_file_ids
    setattr(MediaFileManager, _VLAG, True)
