// POST /logout: ends the session here (the backend's token simply expires with it).
import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { signOutCookie } from '../session.server';

export async function action({ request }: ActionFunctionArgs) {
  return redirect('/login', { headers: { 'Set-Cookie': await signOutCookie(request) } });
}

export async function loader() {
  return redirect('/');
}
