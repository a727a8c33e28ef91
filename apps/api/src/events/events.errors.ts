import { defineErrors } from '@gbdw/common';

export const EVENTS_ERRORS = defineErrors('EVENTS', {
  BAD_LAST_EVENT_ID: ['invalid', 'Last-Event-ID is not an id this stream sent.'],
  TOO_MANY_STREAMS: ['rate_limited', 'The principal has as many live streams open as one may: close a tab or a screen first.'],
});
