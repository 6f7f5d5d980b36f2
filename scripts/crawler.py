"""A concurrent web crawler with a tornado.queues.Queue.

It starts its own local site (a few dozen linked pages), then crawls it from
the root with several worker coroutines fetching in parallel, following
links it has not seen yet, and prints what it found.

Run:   whirl scripts/crawler.py [--concurrency=5] [--pages=40]
"""

import time

from tornado import gen, httpclient, ioloop, queues, web
from tornado.options import define, options, parse_command_line

define("port", default=8890, help="port of the local site", type=int)
define("concurrency", default=5, help="parallel fetches", type=int)
define("pages", default=40, help="pages on the local site", type=int)


class PageHandler(web.RequestHandler):
    async def get(self, n):
        n = int(n)
        if n >= options.pages:
            raise web.HTTPError(404)
        await gen.sleep(0.01)  # pretend the page takes a moment to make
        links = [(n * 3 + k) % options.pages for k in (1, 2, 3)]
        self.write("<h1>page %d</h1>" % n)
        for link in links:
            self.write('<a href="/page/%d">page %d</a>\n' % (link, link))


def find_links(base, html):
    links = []
    for part in html.split('href="')[1:]:
        links.append(base + part.split('"', 1)[0])
    return links


async def crawl(root):
    q = queues.Queue()
    seen = {root}
    done = []
    client = httpclient.AsyncHTTPClient()
    base = root.split("/page/")[0]

    async def worker():
        while True:
            url = await q.get()
            if url is None:
                q.task_done()
                return
            try:
                response = await client.fetch(url)
                done.append(url)
                for link in find_links(base, response.body.decode()):
                    if link not in seen:
                        seen.add(link)
                        q.put_nowait(link)
            except Exception as e:
                print("failed:", url, e)
            finally:
                q.task_done()

    q.put_nowait(root)
    workers = [gen.convert_yielded(worker()) for _ in range(options.concurrency)]
    await q.join()
    for _ in workers:
        q.put_nowait(None)
    await gen.multi(workers)
    return done


async def main():
    server = web.Application([(r"/page/(\d+)", PageHandler)]).listen(options.port, "127.0.0.1")
    start = time.time()
    done = await crawl("http://127.0.0.1:%d/page/0" % options.port)
    elapsed = time.time() - start
    print("crawled %d pages in %.2f s with %d workers" % (len(done), elapsed, options.concurrency))
    for url in sorted(done, key=lambda u: int(u.rsplit("/", 1)[1]))[:10]:
        print("  ", url)
    if len(done) > 10:
        print("   ...")
    server.stop()


if __name__ == "__main__":
    parse_command_line()
    ioloop.IOLoop.current().run_sync(main)
