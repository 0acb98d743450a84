"""Move the app's long-lived objects out of the garbage collector's way.

A full collection walks every tracked object: torch, pandas, altair and Streamlit's own modules are most of them
and never become garbage. gc.freeze() moves every object alive at that moment into a permanent generation that
collections skip, so a collection only walks what runs create. Done after the first script run has imported the
pages' modules, and again after ui/preload.py's imports; later garbage is still collected as before.
Streamlit's own full gc.collect(2) after every script run is off (runner.postScriptGC = false in
.streamlit/config.toml: see there); Python's generational collector still runs, and profits from the freeze.
STUDYLAB_GC_FREEZE=0 turns the freeze off (bench/browser.py --gc compares the settings).

Measured before postScriptGC was turned off, with bench/browser.py --gc --quick (18 page switches per setting in
Chromium, 2 shared cores at load ≈ 3.4): median [min–max] 384 ms [273–607] by default, 281 ms [155–566] frozen
(0.73×), 271 ms [131–528] with postScriptGC = false (0.71×); a full run at load 4.5–13 gave 760, 430 (0.57×) and
299 ms (0.39×), spreads from 0.1 to 2.8 s. The server's RSS after was 434–437 MB in all three settings, and
bench/memory.py's 50 runs in one session (frozen) grew it by 0.19 MB a run for the house MLP: nothing piles up.
"""
import gc
import os

_frozen = False


def freeze() -> None:
    """Collect what is garbage now (so it is freed, not kept forever), then freeze everything still alive.

    Called after the first script run and again when ui/preload.py has imported scikit-learn and torch._dynamo:
    left unfrozen, those imports' objects made every later post-run collection walk them (0.13 s idle, 0.3 s under
    load, after each of the live view's twice-a-second redraws: py-spy put most of the server's time there).
    """
    if os.environ.get("STUDYLAB_GC_FREEZE", "1") == "0":
        return
    gc.collect()
    gc.freeze()


def freeze_once() -> None:
    global _frozen
    if not _frozen:
        freeze()
        _frozen = True
