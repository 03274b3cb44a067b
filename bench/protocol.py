"""Een kleine Streamlit-client die het websocketprotocol spreekt (protobuf over /_stcore/stream), voor de
belastingmeting: zo kunnen tientallen bezoekers tegelijk een pagina openen en een widget veranderen zonder voor elk
een browser te starten.

Een bezoeker: GET van de pagina (zodat een proxy een sticky cookie kan zetten), websocket openen met die cookie,
`rerun_script` sturen met de querystring, wachten op `script_finished`; daarna een widget veranderen (nieuwe
`widget_states`) en weer wachten.
"""

from __future__ import annotations

import contextlib
import time
import urllib.request
from dataclasses import dataclass, field
from http.cookiejar import CookieJar

import websocket
from streamlit.proto import BackMsg_pb2, ClientState_pb2, ForwardMsg_pb2, WidgetStates_pb2


@dataclass
class Run:
    """Uitkomst van één herberekening zoals de bezoeker haar ziet."""

    seconden: float
    eerste_figuur: float | None
    bytes: int
    elementen: int
    fout: str | None = None


@dataclass
class Bezoeker:
    basis: str  # http://host:poort
    pagina: str  # url_path, bijv. "kaart"
    query: str = ""
    timeout: float = 60.0
    cookies: CookieJar = field(default_factory=CookieJar)
    widgets: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # label -> (id, soort, fragment)
    staten: dict[str, WidgetStates_pb2.WidgetState] = field(default_factory=dict)
    ws: websocket.WebSocket | None = None
    server: str | None = None  # welke replica (cookie van de proxy), als die er is
    hashes: set[str] = field(default_factory=set)  # berichten die deze bezoeker al heeft (zoals de browser ze bewaart)
    downloads: dict[str, str] = field(default_factory=dict)  # label van een downloadknop -> deferred_file_id
    sessie: str = ""  # de sessie-id die de server in new_session meestuurt (nodig voor een download)

    def verbind(self) -> None:
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        opener.open(f"{self.basis}/{self.pagina}", timeout=self.timeout).read()
        koek = "; ".join(f"{c.name}={c.value}" for c in self.cookies)
        self.server = next((c.value for c in self.cookies if c.name == "SERVERID"), None)
        ws_url = self.basis.replace("http://", "ws://").replace("https://", "wss://") + "/_stcore/stream"
        self.ws = websocket.create_connection(
            ws_url, timeout=self.timeout, subprotocols=["streamlit"], header=[f"Cookie: {koek}"] if koek else []
        )

    def _stuur(self, widget_states: list[WidgetStates_pb2.WidgetState], fragment: str = "") -> None:
        """Een herberekening vragen; met `fragment` alleen dat fragment (zoals de browser doet bij een widget erin)."""
        bericht = BackMsg_pb2.BackMsg()
        staat = ClientState_pb2.ClientState(query_string=self.query, page_name=self.pagina, fragment_id=fragment)
        staat.cached_message_hashes.extend(sorted(self.hashes))
        staat.widget_states.widgets.extend(widget_states)
        bericht.rerun_script.CopyFrom(staat)
        self.ws.send_binary(bericht.SerializeToString())

    def _ontvang(self, begin: float) -> Run:
        totaal, elementen, figuur = 0, 0, None
        while True:
            data = self.ws.recv()
            if isinstance(data, str):
                continue
            totaal += len(data)
            msg = ForwardMsg_pb2.ForwardMsg()
            msg.ParseFromString(data)
            soort = msg.WhichOneof("type")
            if soort == "new_session":
                self.sessie = msg.new_session.initialize.session_id or self.sessie
            if msg.hash and soort == "delta":
                self.hashes.add(msg.hash)
            if soort == "delta" and msg.delta.WhichOneof("type") == "new_element":
                elementen += 1
                element = msg.delta.new_element
                wat = element.WhichOneof("type")
                # de eerste grafiek: st.plotly_chart, of onze component rond Plotly.react (weergave/grafiek.py)
                grafiek = wat == "plotly_chart" or (
                    wat == "bidi_component" and element.bidi_component.component_name == "spreiding_grafiek"
                )
                if grafiek and figuur is None:
                    figuur = time.perf_counter() - begin
                proto = getattr(element, wat, None)
                if wat == "download_button" and proto.deferred_file_id:
                    self.downloads[proto.label] = proto.deferred_file_id
                label, wid = getattr(proto, "label", None), getattr(proto, "id", None)
                if (
                    label
                    and wid
                    and wat
                    in ("selectbox", "slider", "radio", "button_group", "select_slider", "text_input", "checkbox")
                ):
                    self.widgets[label] = (wid, wat, msg.delta.fragment_id)
            elif soort == "script_finished":
                return Run(time.perf_counter() - begin, figuur, totaal, elementen)
            elif soort == "session_event" and msg.session_event.WhichOneof("type") == "script_compilation_exception":
                return Run(time.perf_counter() - begin, figuur, totaal, elementen, "compilatiefout")

    def open(self) -> Run:
        begin = time.perf_counter()
        if self.ws is None:
            self.verbind()
        self._stuur([])
        return self._ontvang(begin)

    def zet(self, label: str, waarde) -> Run:
        """Verander de widget met dit label (schuif: getal; keuzelijst: de getoonde tekst)."""
        wid, soort, fragment = self.widgets[label]
        staat = WidgetStates_pb2.WidgetState(id=wid)
        if soort in ("slider",):
            staat.double_array_value.data.extend([float(waarde)])
        elif soort in ("button_group", "select_slider"):
            staat.string_array_value.data.extend([str(waarde)])
        elif soort == "checkbox":
            staat.bool_value = bool(waarde)
        else:
            staat.string_value = str(waarde)
        self.staten[wid] = staat
        begin = time.perf_counter()
        self._stuur(list(self.staten.values()), fragment)
        return self._ontvang(begin)

    def download(self, label: str) -> int:
        """Klik op een downloadknop zoals de browser: het bestand wordt pas dan gemaakt (Streamlits 'deferred
        download', een backend_operation_request), daarna haalt de bezoeker het op. Geeft het aantal bytes."""
        bericht = BackMsg_pb2.BackMsg()
        bericht.backend_operation_request.request_id = f"download-{label}"
        bericht.backend_operation_request.session_id = self.sessie
        bericht.backend_operation_request.deferred_file.file_id = self.downloads[label]
        self.ws.send_binary(bericht.SerializeToString())
        while True:
            data = self.ws.recv()
            if isinstance(data, str):
                continue
            msg = ForwardMsg_pb2.ForwardMsg()
            msg.ParseFromString(data)
            if msg.WhichOneof("type") != "backend_operation_response":
                continue
            antwoord = msg.backend_operation_response
            if antwoord.error_msg:
                raise RuntimeError(f"download {label}: {antwoord.error_msg}")
            url = antwoord.deferred_file.url
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
            adres = url if url.startswith("http") else f"{self.basis}/{url.lstrip('/')}"
            return len(opener.open(adres, timeout=self.timeout).read())

    def sluit(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(OSError):
                self.ws.close()
            self.ws = None
