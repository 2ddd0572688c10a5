"""An embed finder for tests: the players of a few known videos, as their providers' oEmbed
endpoints describe them, without the network; any other address has no player."""

from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder

YOUTUBE = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
# A provider whose player is served over plain HTTP, which no page may frame.
INSECURE = "https://video.example.org/watch/insecure"
PLAYERS = {
    YOUTUBE: {
        "type": "video",
        "html": (
            '<iframe width="200" height="113" src="https://www.youtube.com/embed/aqz-KE-bpKQ'
            '?feature=oembed" frameborder="0" allowfullscreen title="Big Buck Bunny"></iframe>'
        ),
        "title": "Big Buck Bunny",
        "author_name": "Blender",
        "provider_name": "YouTube",
        "width": 200,
        "height": 113,
    },
    INSECURE: {
        "type": "video",
        "html": '<iframe src="http://video.example.org/embed/insecure"></iframe>',
        "title": "Insecure",
        "provider_name": "Example Video",
        "width": None,
        "height": None,
    },
}


class KnownVideos(EmbedFinder):
    """Answers for the videos in `players`; notes every address it is asked about in
    `asked`, so a test can tell whether anything asked a provider."""

    def __init__(self, players: dict[str, dict] | None = None, asked: list[str] | None = None):
        self.players = PLAYERS if players is None else players
        self.asked = [] if asked is None else asked

    def accept(self, url: str) -> bool:
        return True

    def find_embed(self, url: str, max_width: int | None = None, max_height: int | None = None):
        self.asked.append(url)
        if url not in self.players:
            raise EmbedNotFoundException(f"no player for {url}")
        return dict(self.players[url])
