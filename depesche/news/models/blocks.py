"""Blocks an editor composes a story body from."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

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
    """A self-hosted video file, or a link to a video elsewhere (never embedded).

    Readers' pages make no third-party requests, so an external video is shown as a link.
    """

    video = DocumentChooserBlock(
        required=False,
        label=_("Video file"),
        help_text=_("An MP4 or WebM file from the documents library."),
    )
    url = blocks.URLBlock(
        required=False,
        label=_("Video link"),
        help_text=_("A link to the video on another site, shown as a link."),
    )
    poster = ImageChooserBlock(required=False, label=_("Poster image"))
    caption = blocks.CharBlock(required=False, max_length=500, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=255, label=_("Credit"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        cleaned = super().clean(value)
        if not cleaned.get("video") and not cleaned.get("url"):
            message = _("Choose a video file or enter a video link.")
            raise blocks.StructBlockValidationError(
                block_errors={"video": ErrorList([ValidationError(message)])}
            )
        return cleaned


class StoryBodyBlock(blocks.StreamBlock):
    """The body of a story: the blocks an editor may use, in any order."""

    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, label=_("Paragraph"))
    heading = blocks.CharBlock(
        max_length=255, label=_("Heading"), icon="title", template="components/blocks/heading.html"
    )
    image = FigureBlock()
    quote = QuoteBlock()
    video = VideoBlock()
