// The global tokens and element defaults first: every component's module builds on them.
import './styles.css';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ApiFailure } from './api/client';
import { Layout } from './features/session/layout';
import { sessionKeys } from './features/session/session.keys';
import { LanguageProvider } from './i18n/language';
import { Loading } from './ui/loading';

// A refusal (404 for an unknown id, 403) is said at once; only a failure of the network or the server is tried again.
const retry = (failures: number, error: unknown) => failures < 3 && !(error instanceof ApiFailure && error.body.statusCode < 500);
// A 401 on any read or write (the session ended: signed out elsewhere, by the secretariat, disabled): who is signed in
// is asked again, and the layout, finding no one, goes to the sign-in page at once rather than at the next reload.
const askWhoIsSignedIn = (error: unknown) => {
  if (error instanceof ApiFailure && error.body.statusCode === 401) void queryClient.invalidateQueries({ queryKey: sessionKeys.me() });
};
const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: askWhoIsSignedIn }),
  mutationCache: new MutationCache({ onError: askWhoIsSignedIn }),
  defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: false, retry } },
});

// Page paths never collide with API paths (/documents, /decisions…): see apps/api/src/bootstrap/web-app.ts.
// Each page is a chunk of its own, fetched when its route is first matched.
const router = createBrowserRouter([
  {
    HydrateFallback: Loading,
    children: [
      { path: '/sign-in', lazy: async () => ({ Component: (await import('./features/session/sign-in-page')).SignInPage }) },
      { path: '/sign-in/link', lazy: async () => ({ Component: (await import('./features/session/link-sign-in-page')).LinkSignInPage }) },
      // The room's public screen: no header, nothing to click, its own sign-in by link.
      { path: '/room/:decisionId', lazy: async () => ({ Component: (await import('./features/room/room-page')).RoomPage }) },
      {
        Component: Layout,
        children: [
          { path: '/', lazy: async () => ({ Component: (await import('./features/session/home-page')).HomePage }) },
          { path: '/read/:documentId', lazy: async () => ({ Component: (await import('./features/documents/reader-page')).ReaderPage }) },
          { path: '/workspace/:decisionId', lazy: async () => ({ Component: (await import('./features/decisions/workspace-page')).WorkspacePage }) },
          { path: '/workspace/:decisionId/text', lazy: async () => ({ Component: (await import('./features/decisions/text-page')).TextPage }) },
          { path: '/chair', lazy: async () => ({ Component: (await import('./features/decisions/chair-index-page')).ChairIndexPage }) },
          { path: '/chair/:decisionId', lazy: async () => ({ Component: (await import('./features/decisions/chair-page')).ChairPage }) },
          { path: '/points/:code', lazy: async () => ({ Component: (await import('./features/plan/point-page')).PointPage }) },
          { path: '/plan', lazy: async () => ({ Component: (await import('./features/plan/plan-board-page')).PlanBoardPage }) },
          { path: '/outcome/:documentId', lazy: async () => ({ Component: (await import('./features/documents/outcome-page')).OutcomePage }) },
          { path: '/desk', lazy: async () => ({ Component: (await import('./features/documents/desk-page')).DeskPage }) },
          { path: '/desk/members', lazy: async () => ({ Component: (await import('./features/members/members-page')).MembersPage }) },
          { path: '/desk/amendments/:decisionId', lazy: async () => ({ Component: (await import('./features/amendments/received-page')).ReceivedPage }) },
          {
            path: '/amendment-list/:decisionId',
            lazy: async () => ({ Component: (await import('./features/amendments/amendment-list-page')).AmendmentListPage }),
          },
          {
            path: '/decisions/:decisionId/translations',
            lazy: async () => ({ Component: (await import('./features/translations/translations-page')).TranslationsPage }),
          },
          { path: '/account', lazy: async () => ({ Component: (await import('./features/account/account-page')).AccountPage }) },
          { path: '/trail', lazy: async () => ({ Component: (await import('./features/audit/audit-page')).AuditPage }) },
          { path: '*', lazy: async () => ({ Component: (await import('./features/session/not-found-page')).NotFoundPage }) },
        ],
      },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <RouterProvider router={router} />
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);
