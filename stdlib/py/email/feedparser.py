"""email.feedparser: FeedParser and BytesFeedParser, which take a message
in pieces (feed) and parse it when closed. whirl parses the whole text at
close, with email.parser's parser."""

from email.parser import FeedParser, BytesFeedParser

__all__ = ['FeedParser', 'BytesFeedParser']
