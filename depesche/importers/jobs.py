"""The importers' periodic job: poll the subscriptions that are due (see
depesche/worker/periodic.py)."""

import datetime
import logging

from depesche.worker.periodic import periodic

from .polling import due_subscriptions, poll

logger = logging.getLogger(__name__)


@periodic(every=datetime.timedelta(minutes=1))
def poll_due_subscriptions() -> None:
    for subscription in due_subscriptions():
        poll(subscription)
        if subscription.last_error:
            logger.warning("%s: %s", subscription, subscription.last_error)
