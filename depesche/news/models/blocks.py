"""Blocks an editor composes a story body from."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtailmedia.blocks import VideoChooserBlock

from depesche.news.video_embeds import resolve_external_video

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class FigureBlock(blocks.StructBlock):
    """A photo with alt text, caption and credit."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=500, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=255, label=_("Credit"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or source it comes from."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=255, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    """A video from the media library, or one on another site (YouTube, Vimeo, …).

    A video on another site is shown as its local poster; the third party's player is
    loaded only when the reader chooses to play it. Its provider is asked for the player
    when the block is saved, never while a page is rendered.
    """

    video = VideoChooserBlock(
        required=False,
        label=_("Video file"),
        help_text=_("An MP4 or WebM video from the media library."),
    )
    url = blocks.URLBlock(
        required=False,
        label=_("Video on another site"),
        help_text=_(
            "The address of the video on YouTube, Vimeo or a similar site. Its player loads "
            "only when a reader presses play."
        ),
    )
    poster = ImageChooserBlock(
        required=False,
        label=_("Poster image"),
        help_text=_("Shown before the video plays; needed for a video on another site."),
    )
    captions = DocumentChooserBlock(
        required=False,
        label=_("Captions (WebVTT)"),
        help_text=_("A .vtt file with the captions in the story's language."),
    )
    caption = blocks.CharBlock(required=False, max_length=500, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=255, label=_("Credit"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        cleaned = super().clean(value)
        errors = {}
        if not cleaned.get("video") and not cleaned.get("url"):
            errors["video"] = _("Choose a video file or enter the address of a video.")
        if cleaned.get("url") and not cleaned.get("video") and not cleaned.get("poster"):
            errors["poster"] = _("A video on another site needs a poster image.")
        if cleaned.get("url") and resolve_external_video(cleaned["url"]) is None:
            errors["url"] = _(
                "No video player was found at this address. Check the address, or upload "
                "the video file instead."
            )
        if errors:
            raise blocks.StructBlockValidationError(
                block_errors={
                    name: ErrorList([ValidationError(message)]) for name, message in errors.items()
                }
            )
        return cleaned


class GalleryBlock(blocks.StructBlock):
    """A series of photos readers page through, each with its caption and credit."""

    title = blocks.CharBlock(required=False, max_length=255, label=_("Title"))
    photos = blocks.ListBlock(FigureBlock(), min_num=2, label=_("Photos"))

    class Meta:
        icon = "image"
        label = _("Photo gallery")
        template = "components/blocks/gallery.html"


class StoryBodyBlock(blocks.StreamBlock):
    """The body of a story: the blocks an editor may use, in any order."""

    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, label=_("Paragraph"))
    heading = blocks.CharBlock(
        max_length=255, label=_("Heading"), icon="title", template="components/blocks/heading.html"
    )
    image = FigureBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    gallery = GalleryBlock()


class PostBlock(blocks.StructBlock):
    """A post from a social network, quoted with a link to it: no third party's script
    runs on our pages and nothing is fetched from it."""

    text = blocks.TextBlock(label=_("Text of the post"))
    author = blocks.CharBlock(max_length=255, label=_("Author"))
    url = blocks.URLBlock(label=_("Address of the post"))

    class Meta:
        icon = "link-external"
        label = _("Post")
        template = "components/blocks/post.html"


class LiveEntryBlock(blocks.StreamBlock):
    """What a live blog entry is made of: text, image, video, quote, a quoted post."""

    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, label=_("Paragraph"))
    image = FigureBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    post = PostBlock()
