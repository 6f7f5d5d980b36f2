"""UI modules and UI methods of tornado.web templates (the ``ui_modules``
and ``ui_methods`` settings): ``{% module Name(...) %}`` renders a UIModule
bound to the handler (one instance per module per request), whose CSS and
JavaScript `RequestHandler.render` puts into the page; ``handler.ui`` holds
them for templates. Exported by tornado.web.
"""

from tornado import escape
from tornado.util import ObjectDict


class UIModule:
    """A reusable piece of a page, used in templates as
    ``{% module Name(args) %}``: `render` gives its HTML, and the other
    methods the CSS and JavaScript the page needs for it (gathered by
    `RequestHandler.render` into the page's head and body)."""

    def __init__(self, handler):
        self.handler = handler
        self.request = handler.request
        self.ui = handler.ui
        self.locale = handler.locale

    @property
    def current_user(self):
        return self.handler.current_user

    def render(self, *args, **kwargs):
        raise NotImplementedError()

    def embedded_javascript(self):
        return None

    def javascript_files(self):
        return None

    def embedded_css(self):
        return None

    def css_files(self):
        return None

    def html_head(self):
        return None

    def html_body(self):
        return None

    def render_string(self, path, **kwargs):
        return self.handler.render_string(path, **kwargs)


class _linkify(UIModule):
    def render(self, text, **kwargs):
        return escape.linkify(text, **kwargs)


class _xsrf_form_html(UIModule):
    def render(self):
        return self.handler.xsrf_form_html()


class TemplateModule(UIModule):
    """``{% module Template("name.html", **kwargs) %}``: another template,
    which may call ``set_resources(css_files=..., embedded_javascript=...,
    ...)`` to ask for what it needs in the page."""

    def __init__(self, handler):
        super().__init__(handler)
        self._resource_list = []
        self._resource_dict = {}

    def render(self, path, **kwargs):
        def set_resources(**resources):
            known = self._resource_dict.get(path)
            if known is None:
                self._resource_list.append(resources)
                self._resource_dict[path] = resources
            elif known != resources:
                raise ValueError("set_resources called with different "
                                 "resources for the same template")
            return ""

        return self.render_string(path, set_resources=set_resources, **kwargs)

    def _resources(self, key):
        return [r[key] for r in self._resource_list if key in r]

    def _files(self, key):
        files = []
        for f in self._resources(key):
            if isinstance(f, (str, bytes)):
                files.append(f)
            else:
                files.extend(f)
        return files

    def embedded_javascript(self):
        return "\n".join(self._resources("embedded_javascript"))

    def javascript_files(self):
        return self._files("javascript_files")

    def embedded_css(self):
        return "\n".join(self._resources("embedded_css"))

    def css_files(self):
        return self._files("css_files")

    def html_head(self):
        return "".join(self._resources("html_head"))

    def html_body(self):
        return "".join(self._resources("html_body"))


class _UIModuleNamespace:
    """``_tt_modules`` in templates: the application's UI modules, each
    bound to the handler (one instance of each per request)."""

    def __init__(self, handler, ui_modules):
        self.handler = handler
        self.ui_modules = ui_modules

    def __getitem__(self, key):
        return self.handler._ui_module(key, self.ui_modules[key])

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError as e:
            raise AttributeError(str(e))


class _HandlerUI:
    """``handler.ui``: the UI methods (bound to the handler) and modules,
    made on first use and kept in the handler's __dict__, so that requests
    that render nothing pay nothing."""

    def __get__(self, handler, owner=None):
        if handler is None:
            return self
        application = handler.application
        ui = ObjectDict()
        for name, method in application.ui_methods.items():
            ui[name] = handler._ui_method(method)
        ui["_tt_modules"] = ui["modules"] = _UIModuleNamespace(handler,
                                                               application.ui_modules)
        handler.__dict__["ui"] = ui
        return ui



def _is_absolute_resource(path):
    return path.startswith(("/", "http:", "https:"))
