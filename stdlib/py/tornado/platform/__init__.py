"""tornado.platform: Tornado's bridges to other event loops. whirl ships
`tornado.platform.asyncio`; caresresolver (pycares) and twisted (Twisted)
need libraries whirl has not."""
