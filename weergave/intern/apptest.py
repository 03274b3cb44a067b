"""AppTest opent een pagina die een functie is (nagegaan op Streamlit 1.67.0).

`AppTest.switch_page` neemt alleen een paginabestand. De pagina's van deze app zijn functies (`toon(keuze)`, zie
weergave/navigatie.py), dus kiest `naar_pagina` de pagina zoals een browser met /kaart dat doet: via de hash van haar
adres. Binnenkant: AppTest's veld `_page_hash` en `streamlit.util.calc_hash` (st.Page hasht url_path zo). De test
`test_apptest_opent_een_pagina_als_functie` in tests/test_intern.py faalt zodra dat niet meer klopt.
"""

from __future__ import annotations

from streamlit.util import calc_hash


def naar_pagina(at, adres: str):
    """Laat de volgende `at.run()` de pagina met dit adres (url_path, bijv. 'kaart') openen; geeft `at`."""
    at._page_hash = calc_hash(adres)
    return at
