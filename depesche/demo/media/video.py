"""Short clips rendered with ffmpeg from still pictures, with a poster frame and captions.

A clip is a row of shots, each a still (a title card or a map) with a slow zoom or pan
(ffmpeg's zoompan filter) and a fade in and out; it is encoded as H.264 in MP4 (x264's
veryfast preset, 24 frames a second), without sound: the one file the video library holds
and every browser plays. The poster is a frame of the MP4, and each language's captions are
a WebVTT file whose cues follow the shots.
"""

import json
import shutil
import subprocess  # nosec B404
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from . import maps
from .errors import MediaError

FRAME_SIZE = (960, 540)
FPS = 24
FADE_SECONDS = 0.4
# zoompan expressions: a slow push to the centre, and a drift from left to right.
MOTIONS = {
    "push": ("1+0.0012*on", "iw/2-(iw/zoom/2)", "ih/2-(ih/zoom/2)"),
    "drift": ("1.18", "(iw-iw/zoom)*on/{last}", "ih/2-(ih/zoom/2)"),
}
TITLE_BACKGROUND = (18, 38, 64)


@dataclass(frozen=True)
class Shot:
    picture: Path
    seconds: float
    motion: str  # a key of MOTIONS


@dataclass(frozen=True)
class Clip:
    mp4: Path
    poster: Path
    captions: Mapping[str, Path]  # language code -> WebVTT file
    duration: float


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise MediaError(f"The demo videos need {name}: apt-get install ffmpeg")
    return found


def title_card(lines: Sequence[str], path: Path) -> Path:
    """A dark card with one large line and smaller ones under it, in DejaVu Sans Bold."""
    size = (1920, 1080)
    image = Image.new("RGB", size, TITLE_BACKGROUND)
    draw = ImageDraw.Draw(image)
    sizes = [110, *[54] * (len(lines) - 1)]
    heights = [size + 36 for size in sizes]
    y = (size[1] - sum(heights)) / 2
    for line, font_size, height in zip(lines, sizes, heights, strict=True):
        draw.text((size[0] / 2, y), line, font=maps.font(font_size), fill="white", anchor="mt")
        y += height
    image.save(path)
    return path


def render(shots: Sequence[Shot], cues: Mapping[str, Sequence[str]], stem: Path) -> Clip:
    """Encode the shots as `stem`.mp4, with a poster and one caption file per language in
    `cues` (a cue per shot)."""
    ffmpeg = tool("ffmpeg")
    inputs = [argument for shot in shots for argument in ("-i", str(shot.picture))]
    chains = [shot_filter(index, shot) for index, shot in enumerate(shots)]
    labels = "".join(f"[s{index}]" for index in range(len(shots)))
    graph = ";".join([*chains, f"{labels}concat=n={len(shots)}:v=1:a=0,format=yuv420p[clip]"])
    mp4 = stem.with_suffix(".mp4")
    command = [
        ffmpeg,
        "-nostdin",
        "-loglevel",
        "error",
        "-y",
        *inputs,
        "-filter_complex",
        graph,
        *("-map", "[clip]", "-c:v", "libx264", "-preset", "veryfast", "-crf", "26"),
        *("-movflags", "+faststart", str(mp4)),
    ]
    run(command)
    poster = stem.with_suffix(".jpg")
    middle = shots[0].seconds + shots[1].seconds / 2 if len(shots) > 1 else shots[0].seconds / 2
    run(
        [ffmpeg, "-nostdin", "-loglevel", "error", "-y", "-ss", f"{middle:.2f}", "-i", str(mp4)]
        + ["-frames:v", "1", "-q:v", "3", str(poster)]
    )
    captions = {
        code: write_captions(shots, texts, stem.with_name(f"{stem.name}.{code}.vtt"))
        for code, texts in cues.items()
    }
    return Clip(mp4, poster, captions, duration(mp4))


def shot_filter(index: int, shot: Shot) -> str:
    frames = round(shot.seconds * FPS)
    zoom, x, y = (part.format(last=frames - 1) for part in MOTIONS[shot.motion])
    width, height = FRAME_SIZE
    fade_out = shot.seconds - FADE_SECONDS
    return (
        f"[{index}:v]scale={width * 2}:{height * 2},"
        f"zoompan=z='{zoom}':x='{x}':y='{y}':d={frames}:s={width}x{height}:fps={FPS},"
        f"fade=t=in:st=0:d={FADE_SECONDS},fade=t=out:st={fade_out}:d={FADE_SECONDS},"
        f"setsar=1[s{index}]"
    )


def run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 # nosec B603
    if result.returncode != 0:
        raise MediaError(f"{Path(command[0]).name} failed: {result.stderr.strip()[-500:]}")


def duration(video: Path) -> float:
    """The length of a video in seconds, as ffprobe reads it."""
    result = subprocess.run(  # noqa: S603 # nosec B603
        [tool("ffprobe"), "-v", "error", "-show_entries", "format=duration", "-of", "json"]
        + [str(video)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise MediaError(f"ffprobe cannot read {video}: {result.stderr.strip()}")
    return round(float(json.loads(result.stdout)["format"]["duration"]), 2)


def timestamp(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours:02d}:{minutes:02d}:{rest:06.3f}"


def write_captions(shots: Sequence[Shot], texts: Sequence[str], path: Path) -> Path:
    """A WebVTT file with one cue per shot, shown while the shot is on screen."""
    if len(texts) != len(shots):
        raise MediaError(f"{path.name}: {len(texts)} captions for {len(shots)} shots.")
    cues = []
    start = 0.0
    for number, (shot, text) in enumerate(zip(shots, texts, strict=True), start=1):
        end = start + shot.seconds
        cues.append(f"{number}\n{timestamp(start)} --> {timestamp(end)}\n{text}\n")
        start = end
    path.write_text("WEBVTT\n\n" + "\n".join(cues), encoding="utf-8")
    return path
