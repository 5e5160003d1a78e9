// The signed-in layout: who and where, the main screens, sign out. Every page under it is for a
// signed-in account; what it may see is what the backend answers for that account's token.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Form, NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { currentAccount } from '../account.server';
import { communeName } from '../communes.server';
import { languageOf } from '../language.server';
import { NAV } from '../nav';
import { useLanguage, useText } from '../text';

export async function loader({ request }: LoaderFunctionArgs) {
  const [{ kind, me }, language] = await Promise.all([
    currentAccount(request),
    languageOf(request),
  ]);
  // The officer's commune by its name (province too), not its code.
  const where =
    kind === 'member'
      ? (me.cooperative?.name ?? '')
      : communeName(me.officer?.commune_code ?? '', language);
  const name = me.member?.name ?? me.officer?.name ?? '';
  // Pages that need who this is (the cooperative page: is this the manager?) read it with
  // useAppLayout() (app/app-layout.ts) instead of asking the backend a second time.
  const manager = me.member?.role === 'manager';
  return { kind, name, where, manager, path: new URL(request.url).pathname };
}

export default function AppLayout() {
  const { kind, name, where, path } = useLoaderData<typeof loader>();
  const t = useText();
  const language = useLanguage();
  return (
    <>
      <header className="top">
        <span className="who">
          <strong>{where}</strong> · {name}
        </span>
        <span>
          <a href={`${path}?lang=${language === 'vi' ? 'en' : 'vi'}`}>
            {language === 'vi' ? 'EN' : 'VI'}
          </a>
          <Form method="post" action="/logout" style={{ display: 'inline' }}>
            <button type="submit" className="link">
              {t({ vi: 'Đăng xuất', en: 'Sign out' })}
            </button>
          </Form>
        </span>
      </header>
      <nav className="nav" aria-label={t({ vi: 'Các màn hình', en: 'Screens' })}>
        {NAV[kind].map((item) => (
          <NavLink key={item.to} to={item.to} end={item.to === '/' || item.to === '/commune'}>
            {t(item.label)}
          </NavLink>
        ))}
      </nav>
      <main className="page">
        <Outlet />
      </main>
    </>
  );
}
