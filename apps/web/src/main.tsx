import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { LanguageProvider } from './i18n/language';
import { Layout } from './components/layout';
import { AmendmentListPage } from './pages/amendment-list-page';
import { AuditPage } from './pages/audit-page';
import { ChairPage } from './pages/chair-page';
import { DeskPage } from './pages/desk-page';
import { MembersPage } from './pages/members-page';
import { OutcomePage } from './pages/outcome-page';
import { PlanBoardPage } from './pages/plan-board-page';
import { ReceivedPage } from './pages/received-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { PointPage } from './pages/point-page';
import { ReaderPage } from './pages/reader-page';
import { SignInPage } from './pages/sign-in-page';
import { TextPage } from './pages/text-page';
import { WorkspacePage } from './pages/workspace-page';
import './styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: false } } });

// Page paths never collide with API paths (/documents, /decisions…): see create-app.ts.
const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/read/:documentId', element: <ReaderPage /> },
      { path: '/workspace/:decisionId', element: <WorkspacePage /> },
      { path: '/workspace/:decisionId/text', element: <TextPage /> },
      { path: '/chair/:decisionId', element: <ChairPage /> },
      { path: '/points/:code', element: <PointPage /> },
      { path: '/plan', element: <PlanBoardPage /> },
      { path: '/outcome/:documentId', element: <OutcomePage /> },
      { path: '/desk', element: <DeskPage /> },
      { path: '/desk/members', element: <MembersPage /> },
      { path: '/desk/amendments/:decisionId', element: <ReceivedPage /> },
      { path: '/amendment-list/:decisionId', element: <AmendmentListPage /> },
      { path: '/trail', element: <AuditPage /> },
      { path: '*', element: <NotFoundPage /> },
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
